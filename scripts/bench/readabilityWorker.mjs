// The extraction peer (issue 17): plain Readability on linkedom, nothing else, in a worker thread
// so it gets the same threads and the same hand-over (a string in, a result out) as our importer.
import { parentPort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

parentPort.on('message', ({ id, html }) => {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    const text = article?.textContent ?? '';
    parentPort.postMessage({ id, ok: text.trim().length > 0, title: article?.title ?? '', text });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: String(error) });
  }
});
