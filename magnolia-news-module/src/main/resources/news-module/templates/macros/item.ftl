[#-- The content item a detail page shows (a news item, a subject, a publication), for templates whose
     model is a PageItemModel (the page models and the components that show the item): the model finds it
     from the "item" parameter the module's virtual URI mapping forwards; the script loads it with Magnolia's
     cmsfn.contentById. An empty hash on any other page, so callers test it with ?has_content. --]
[#function pageItem]
  [#if model.itemId?? && model.itemWorkspace??]
    [#return cmsfn.contentById(model.itemId, model.itemWorkspace)!{}]
  [/#if]
  [#return {}]
[/#function]
