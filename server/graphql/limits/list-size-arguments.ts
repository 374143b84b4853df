/**
 * Arguments that say how many items a field returns. The cost limit multiplies the cost of a field's selection
 * by the value of the first of these the field has (from the literal, the operation's variables or the schema's
 * default). A new paginated field that names its size argument differently must be added here, or its
 * selection is counted once and the cost limit under-estimates it.
 */
export const LIST_SIZE_ARGUMENTS: readonly string[] = ['first', 'limit', 'last'];
