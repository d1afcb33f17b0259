// Function words per language: frequent in running prose, rare in menus and labels.
// Used both to tell prose from chrome and to guess the language of plain text.
const LISTS: Record<string, string> = {
  en: 'the a an of to in and is was were are be been that for on with as at by from it its this has have had not but or he she they we his her their said says will would could who which than after before over into about more also when if there can all so no up out our you your what while',
  de: 'der die das und ist nicht ein eine einen einem dem den des zu mit auf für von im sich auch es sie er wir wird werden wurde hat haben bei nach als aus noch dass an am um wie oder aber sei sind soll vor zum zur über',
  fr: 'le la les de des du un une et est en que qui dans pour pas sur au aux avec il elle ils ce cette se sont ont été par plus ne mais ou leur sa son ses selon après lors entre',
  es: 'el la los las de del y que en un una es por con para se no su al lo como más pero sus fue ha según tras desde',
  it: 'il lo la gli le di e che in un una per con non è del della dei delle sono al alla ha nel nella',
  nl: 'de het een en van is dat op te in niet met voor zijn er aan die ook door werd heeft naar bij',
};

/** Function words per ISO 639-1 language code. */
export const stopWordsByLanguage: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/** Union of all languages' function words. */
export const anyStopWord: ReadonlySet<string> = new Set(
  Object.values(LISTS).flatMap((words) => words.split(' ')),
);
