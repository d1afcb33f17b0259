export * from './common';
export * from './source';
export * from './highlight';
export * from './entity';
export * from './claim';
export * from './note';
export * from './notebook';
