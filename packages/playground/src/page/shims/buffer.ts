/** Injected into the page bundle: the libraries measure UTF-8 sizes with Node's `Buffer`. */
export { Buffer } from 'buffer';
