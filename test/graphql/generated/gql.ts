/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DeleteTenantDocument,
    "\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n": typeof types.TenantByNameDocument,
    "\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.TenantsPageDocument,
};
const documents: Documents = {
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n": types.DeleteTenantDocument,
    "\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n": types.TenantByNameDocument,
    "\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.TenantsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n"): (typeof documents)["\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;