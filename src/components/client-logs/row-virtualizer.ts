// The virtualizer with its flow layout in one lazily loaded chunk: left to itself, the
// virtualizer would fetch the layout with a second import() only once it is on the page,
// one more round trip before the first rows show.
export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
