export function createRouter(): never { throw new Error("todo"); }
