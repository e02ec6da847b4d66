import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Rejects `__schema` and `__type` (not `__typename`) as validation errors, for production servers
 * that do not publish their schema by introspection (it is public in `schema/*.graphql`).
 */
export function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
