"""The language-neutral access-control layer (docs/access-control.md).

Each language's provider (`access.python`, ...) builds the facts of one file (`model`): its
routes with their guards, reads of request parts the client controls, references to the
verified caller, object lookups and wholesale bindings, from the semantic layer and the model
tables. The analyses (`siblings`, `identity`, `ownership`, `binding`) and the finding builders
(`report`) are the same for every language."""
