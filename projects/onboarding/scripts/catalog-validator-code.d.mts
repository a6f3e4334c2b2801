/** Types of `catalog-validator-code.mjs` for the spec that checks the committed validator is current. */
export declare function catalogValidatorFiles(schema: object, schemaFile: string): { js: string; dts: string };
