declare module '*.graphql' {
  const document: import('./api').PersistedDocument;
  export default document;
}
