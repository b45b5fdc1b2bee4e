/** Types for the untyped CommonJS package `snowball-stemmers` (only what core/text uses). */
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  interface SnowballFactory {
    newStemmer(language: string): Stemmer;
    algorithms(): string[];
  }
  const factory: SnowballFactory;
  export default factory;
}
