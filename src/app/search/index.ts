/** Search in the app: the worker-backed client over the documents of src/search. */
export { createSearchClient, type SearchClient, type SearchClientOptions } from './createSearchClient';
