import { createLoader, parseAsBoolean, parseAsStringLiteral } from "nuqs/server";

export const DATA_ATTRIBUTE_MODELS = ["contact", "company", "conversation"] as const;

/** /data-attributes state in the URL: which model's schema, and whether archived attributes show. */
export const dataAttributeParsers = { model: parseAsStringLiteral(DATA_ATTRIBUTE_MODELS).withDefault("contact"), archived: parseAsBoolean.withDefault(false) };

export const loadDataAttributeParams = createLoader(dataAttributeParsers);
