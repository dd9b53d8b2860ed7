import { serializeJsonLd, type JsonLdObject } from "../../../lib/util/json-ld"

/** Inline structured data; `serializeJsonLd` escapes `<` so the script cannot be closed early. */
export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
