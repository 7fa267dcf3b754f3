// The React component for each template id (`mgnl:template` of a page or component), as Magnolia's
// SPA demos map theirs for EditablePage. One table for the server and the browser.
import Page from './components/Page.js';
import Article from './components/Article.js';
import LatestNews from './components/LatestNews.js';
import BookPromo from './components/BookPromo.js';
import RelatedNews from './components/RelatedNews.js';
import SubjectNavigation from './components/SubjectNavigation.js';
import PublicationList from './components/PublicationList.js';
import SearchResults from './components/SearchResults.js';
import Breadcrumb from './components/Breadcrumb.js';
import LanguageSelector from './components/LanguageSelector.js';
import Text from './components/Text.js';

export const componentMappings = {
  'news-module:pages/home': Page,
  'news-module:pages/section': Page,
  'news-module:pages/article': Page,
  'news-module:pages/subject': Page,
  'news-module:pages/publication': Page,
  'news-module:pages/search': Page,
  'news-module:pages/not-found': Page,
  // the SPA page template the site ships (magnolia/light-modules/headless-news): pages the page editor frames the site for
  'headless-news:pages/page': Page,
  'news-module:components/article': Article,
  'news-module:components/latest-news': LatestNews,
  'news-module:components/book-promo': BookPromo,
  'news-module:components/related-news': RelatedNews,
  'news-module:components/subject-navigation': SubjectNavigation,
  'news-module:components/publication-list': PublicationList,
  'news-module:components/search-results': SearchResults,
  'news-module:components/breadcrumb': Breadcrumb,
  'news-module:components/language-selector': LanguageSelector,
  'news-module:components/text': Text,
};

export const editorConfig = { componentMappings };
