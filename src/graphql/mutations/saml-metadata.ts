// importSamlMetadata: see src/domain/connections/metadata/.
export {};
