[#-- The content item a detail page shows (a news item, a subject, a publication), for templates whose
     model is a PageItemModel (the page models and the components that show the item): the model finds it
     from the "item" parameter the module's virtual URI mapping forwards; the script loads it with Magnolia's
     cmsfn.contentById, in the page's language (site.localized). An empty hash on any other page, so callers
     test it with ?has_content. Its values are not HTML-escaped: print them with ?html. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#function pageItem]
  [#if model.itemId?? && model.itemWorkspace??]
    [#return site.localized(cmsfn.contentById(model.itemId, model.itemWorkspace)!{})]
  [/#if]
  [#return {}]
[/#function]
