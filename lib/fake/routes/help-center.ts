import { articleAt, articleIndexOf, articleStatistics } from "../workspace/articles";
import { collectionById, collections, helpCenterById, helpCenters, sectionById, sections } from "../workspace/help-center";
import { liveItemsOf, newsfeedById, newsfeeds, newsItemById, newsItems } from "../workspace/news";
import { lazySeq, pagePage, seq } from "../paginate";
import { notFound, ok, type AreaRoutes } from "../respond";

/** Help center, articles and news. Lists are page-style, newest update first. */

const list = <T>(page: ReturnType<typeof pagePage<T>>) => ({ type: "list" as const, data: page.items, total_count: page.total_count, pages: page.pages });

export const helpCenterRoutes = {
  "help_centers.list": ({ ws, query }) => ok(list(pagePage(seq(helpCenters(ws)), query, 20))),
  "help_centers.get": ({ ws, params }) => {
    const center = helpCenterById(ws, params.id!);
    return center ? ok(center) : notFound();
  },
  "collections.list": ({ ws, query }) => ok(list(pagePage(seq(collections(ws)), query, 20))),
  "collections.get": ({ ws, params }) => {
    const collection = collectionById(ws, params.id!);
    return collection ? ok(collection) : notFound();
  },
  "sections.list": ({ ws, query }) => ok(list(pagePage(seq(sections(ws)), query, 20))),
  "sections.get": ({ ws, params }) => {
    const section = sectionById(ws, params.id!);
    return section ? ok(section) : notFound();
  },
  "articles.list": ({ ws, query }) =>
    ok(
      list(
        pagePage(
          lazySeq(ws.scale.articles, (i) => articleAt(ws, i)),
          query,
          25,
        ),
      ),
    ),
  "articles.get": ({ ws, params }) => {
    const index = articleIndexOf(ws, params.id!);
    if (index === null) return notFound();
    const article = articleAt(ws, index);
    return ok({ ...article, statistics: articleStatistics(index, article.state) });
  },
  "news_items.list": ({ ws, query }) => ok(list(pagePage(seq(newsItems(ws)), query, 10))),
  "news_items.get": ({ ws, params }) => {
    const item = newsItemById(ws, params.id!);
    return item ? ok(item) : notFound();
  },
  "newsfeeds.list": ({ ws, query }) => ok(list(pagePage(seq(newsfeeds(ws)), query, 10))),
  "newsfeeds.get": ({ ws, params }) => {
    const feed = newsfeedById(ws, params.id!);
    return feed ? ok(feed) : notFound();
  },
  "newsfeeds.items": ({ ws, params, query }) => {
    if (!newsfeedById(ws, params.id!)) return notFound();
    return ok(list(pagePage(seq(liveItemsOf(ws, params.id!)), query, 20)));
  },
} satisfies AreaRoutes;
