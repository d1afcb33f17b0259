// Function words anchor the "structure" signal (see shingleText.ts). Spinners swap content
// words for synonyms but leave these alone, so their order survives a rewrite. The list is
// owned here rather than borrowed from the importer because stored signatures depend on it:
// changing it means bumping SIGNATURE_VERSION. Words that are also common English content
// words (de "war", fr "son", de "die") are left out so English prose keeps its anchors honest.
const LISTS = [
  // English
  'a an the and or but nor so yet if then than that this these those there here ' +
    'of to in on at by for from with within without into onto upon over under about above below ' +
    'after before during since until while through between among against across toward towards ' +
    'is are was were be been being am has have had having do does did will would shall should ' +
    'can could may might must not no it its he she they we you i his her their our your my ' +
    'him them us me who whom whose which what when where why how also as such both either ' +
    'neither each every all any some most more many much other another only just very too',
  // German
  'der das und ist nicht ein eine einen einem einer dem des zu mit auf fur von im sich auch ' +
    'es sie er wir wird werden wurde wurden hat haben bei nach als aus noch dass am um wie oder aber ' +
    'sind soll vor zum zur uber unter durch gegen ohne seit wenn weil doch nur schon',
  // French
  'le la les de des du un une et est que qui dans pour pas sur au aux avec il elle ils elles ' +
    'ce cette ces se sont ont ete par plus ne mais ou leur leurs sa ses selon apres lors entre ' +
    'sans sous chez vers dont comme aussi tres',
  // Spanish, Italian, Portuguese
  'el los las del y en es por con para su al lo como mas pero sus fue ha segun tras desde ' +
    'il gli di e che non del della dei delle sono alla nel nella degli anche ' +
    'o os da do dos das em um uma com nao ao pelo pela foi mais',
  // Dutch
  'het een en van dat op te niet met voor zijn er aan ook door werd heeft naar bij',
];

/** Folded function words of the languages a notebook is likely to hold. */
export const functionWords: ReadonlySet<string> = new Set(LISTS.join(' ').split(' '));
