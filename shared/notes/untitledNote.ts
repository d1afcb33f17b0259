/** What a note without a title is called, wherever it is shown or exported. */
export const UNTITLED_NOTE = 'Untitled note';
