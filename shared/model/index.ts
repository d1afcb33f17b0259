export * from './common';
export * from './source';
export * from './highlight';
export * from './entity';
export * from './claim';
export * from './question';
export * from './note';
export * from './notebook';
