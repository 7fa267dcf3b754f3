// JSX without a build step: htm's tagged templates bound to React.createElement.
import React from 'react';
import htm from 'htm';

export const html = htm.bind(React.createElement);

/** For templates with several top-level elements: <${Fragment}>…<//> (htm would return an array). */
export const Fragment = React.Fragment;
