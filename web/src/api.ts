/** A document the build put on the server's allow-list: only its id travels, never its text. */
export interface PersistedDocument {
  id: string;
  operationName: string;
}

export class ApiError extends Error {}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs a persisted query over GET (GraphQL over HTTP's `documentId`), so answers are cacheable
 * and no query text is sent. Only ever to this page's own origin.
 */
export async function run<T>(document: PersistedDocument, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const parameters = new URLSearchParams({ documentId: document.id, operationName: document.operationName });
  const defined = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined));
  if (Object.keys(defined).length > 0) {
    parameters.set('variables', JSON.stringify(defined));
  }

  const response = await fetch(`/graphql?${parameters}`, {
    headers: { Accept: 'application/graphql-response+json' },
    signal,
  });
  if (response.status === 429) {
    throw new ApiError('Der er sendt for mange forespørgsler. Vent et øjeblik, og prøv igen.');
  }

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`Serveren svarede uventet (HTTP ${response.status}).`);
  }

  if (!body.data) {
    if (body.errors?.some((e) => e.extensions?.code === 'PERSISTED_DOCUMENT_NOT_FOUND')) {
      // The server reads the page's documents when it starts: this page is from a newer build.
      throw new ApiError('Siden er nyere end serveren. Genindlæs siden om lidt.');
    }

    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? e.message).join(', ');
    throw new ApiError(`Forespørgslen mislykkedes (${codes || `HTTP ${response.status}`}).`);
  }

  return body.data;
}
