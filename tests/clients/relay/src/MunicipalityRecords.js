// Relay fragments over schema/schema.graphql: a paginated connection (@connection with
// @refetchable pagination on Node), a refetchable fragment, and a query using both.
import { graphql } from 'relay-runtime';

export const MunicipalityRecordsFragment = graphql`
  fragment MunicipalityRecords_municipality on Municipality
  @refetchable(queryName: "MunicipalityRecordsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    name
    records(first: $count, after: $cursor) @connection(key: "MunicipalityRecords_records") {
      totalCount
      edges {
        node {
          id
          __typename
          title
          ... on Program { category fundingAmountDkk }
          legalBases { law paragraph validFrom validTo }
        }
      }
    }
  }
`;

export const ThemeSummaryFragment = graphql`
  fragment MunicipalityRecords_theme on Theme @refetchable(queryName: "ThemeSummaryRefetchQuery") {
    id
    name
    records(first: 3) { totalCount }
  }
`;

export const MunicipalityPageQuery = graphql`
  query MunicipalityRecordsPageQuery($code: String!) {
    municipality(code: $code) {
      id
      ...MunicipalityRecords_municipality
    }
    themes(first: 2) { nodes { ...MunicipalityRecords_theme } }
    programs(first: 3, order: [{ title: ASC }]) @connection(key: "MunicipalityRecordsPage_programs") {
      edges { node { id title updatedAt } }
    }
  }
`;
