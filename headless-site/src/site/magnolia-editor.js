// Magnolia's @magnolia/react-editor is a CommonJS bundle: its components are on the default export.
import MagnoliaReactEditor from '@magnolia/react-editor';

export const { EditablePage, EditableArea, EditableComponent } = MagnoliaReactEditor;
