[#-- search page: the shared frame (macros/page.ftl); its main area holds the search-results component. --]
[#import "/news-module/templates/macros/page.ftl" as page]
[@page.shell kind="search"]<h1 class="section-title">${content.title!content.@name}</h1>[/@page.shell]
