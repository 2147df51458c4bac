/**
 * The 类别 column of a table copied from a PDF. A category cell merged over its group's rows is printed once, in
 * the middle of the group: in the text it stands on the line of the group's middle row (an odd number of rows) or
 * on a line of its own between the two middle rows (an even number). So the groups can be rebuilt from where each
 * label stands: the first group starts at the first row, each label is the centre of its group, and the last group
 * ends at the last row.
 */

/** A category label and where it stands: a row's index, or halfway between two rows (2.5 between rows 2 and 3). */
export interface CategoryLabel {
  text: string;
  at: number;
}

/** The category of each row, and whether another split into groups would fit the labels as well. */
export interface Spread {
  categories: string[];
  /** A label of an even group may stand on either middle row, so two splits can fit: the official checks. */
  ambiguous: boolean;
}

/**
 * The category of each of `rows` rows, or undefined when no split into consecutive groups has every label at its
 * group's centre (a label on a row's line may be half a row off: a text layer puts it on one of the two middle rows). Among the splits that fit, the one with labels nearest their centres.
 */
export function spreadCategories(rows: number, labels: CategoryLabel[]): Spread | undefined {
  let best: { cost: number; sizes: number[] } | undefined;
  let fits = 0;
  const search = (i: number, start: number, cost: number, sizes: number[]) => {
    if (i === labels.length) {
      if (start !== rows) return;
      fits++;
      if (!best || cost < best.cost) best = { cost, sizes: [...sizes] };
      return;
    }
    const label = labels[i]!;
    for (let size = 1; start + size <= rows; size++) {
      const off = Math.abs(start + (size - 1) / 2 - label.at);
      if (start + (size - 1) / 2 - label.at > 0.5) break;
      // A label on a line of its own stands exactly between the two middle rows of an even group.
      const slack = Number.isInteger(label.at) ? 0.5 : 0;
      if (off <= slack) search(i + 1, start + size, cost + off, [...sizes, size]);
    }
  };
  search(0, 0, 0, []);
  if (!best) return undefined;
  const found: { cost: number; sizes: number[] } = best;
  return {
    categories: found.sizes.flatMap((size, i) => Array.from({ length: size }, () => labels[i]!.text)),
    ambiguous: fits > 1,
  };
}
