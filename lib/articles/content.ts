import type { ArticleContent, ArticleListItem, GroupContent, GroupTranslatedContent } from "@/lib/intercom/types/content";

/** Reading an article (or a collection, a section) in one of the languages it is translated into. */

function isContent(v: unknown): v is ArticleContent {
  return typeof v === "object" && v !== null;
}

/** The locales an article has content in, default locale first. */
export function articleLocales(article: ArticleListItem): string[] {
  const fallback = article.default_locale || "en";
  const translated = Object.entries(article.translated_content ?? {})
    .filter(([k, v]) => k !== "type" && isContent(v))
    .map(([k]) => k);
  const all = translated.includes(fallback) ? translated : [fallback, ...translated];
  return [fallback, ...all.filter((l) => l !== fallback).sort()];
}

/** The article's content in `locale`; the top-level fields stand for the default locale. */
export function articleContent(article: ArticleListItem, locale?: string | null): ArticleContent & { locale: string } {
  const fallback = article.default_locale || "en";
  const wanted = locale && locale !== fallback ? article.translated_content?.[locale] : undefined;
  if (isContent(wanted)) return { ...wanted, locale: locale! };
  const own = article.translated_content?.[fallback];
  const base = isContent(own) ? own : {};
  return {
    ...base,
    title: article.title ?? base.title,
    description: article.description ?? base.description,
    body: article.body ?? base.body,
    author_id: article.author_id ?? base.author_id,
    state: article.state ?? base.state,
    created_at: article.created_at ?? base.created_at,
    updated_at: article.updated_at ?? base.updated_at,
    url: article.url ?? base.url,
    locale: fallback,
  };
}

/** Locales a collection or section has a translated name in. */
export function groupLocales(content: GroupTranslatedContent | null | undefined): { locale: string; name: string | null }[] {
  return Object.entries(content ?? {})
    .filter(([k, v]) => k !== "type" && typeof v === "object" && v !== null)
    .map(([locale, v]) => ({ locale, name: (v as GroupContent).name ?? null }));
}

const displayNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "fr" → "French"; unknown codes come back as they are. */
export function languageName(locale: string): string {
  try {
    return displayNames.of(locale) ?? locale;
  } catch {
    return locale;
  }
}
