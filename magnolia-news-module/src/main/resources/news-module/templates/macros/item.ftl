[#-- The content item a detail page shows (a news item, a subject, a publication), for the page's template
     and the components on it: the page model (PageSeoModel, the root of every model on the page) finds it
     from the URL's selector; the template loads it with Magnolia's cmsfn.contentById. An empty hash on any
     other page, so callers test it with ?has_content. --]
[#function pageItem]
  [#local page = model.root]
  [#if page.itemId?? && page.itemWorkspace??]
    [#return cmsfn.contentById(page.itemId, page.itemWorkspace)!{}]
  [/#if]
  [#return {}]
[/#function]
