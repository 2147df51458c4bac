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

/**
 * The category of each of `rows` rows, or undefined when no split into consecutive groups has every label at (or,
 * by half a row, next to) its group's centre. Among the splits that fit, the one with labels nearest their centres.
 */
export function spreadCategories(rows: number, labels: CategoryLabel[]): string[] | undefined {
  let best: { cost: number; sizes: number[] } | undefined;
  const search = (i: number, start: number, cost: number, sizes: number[]) => {
    if (best && cost >= best.cost) return;
    if (i === labels.length) {
      if (start === rows) best = { cost, sizes: [...sizes] };
      return;
    }
    const label = labels[i]!;
    for (let size = 1; start + size <= rows; size++) {
      const off = Math.abs(start + (size - 1) / 2 - label.at);
      if (start + (size - 1) / 2 - label.at > 0.5) break;
      if (off <= 0.5) search(i + 1, start + size, cost + off, [...sizes, size]);
    }
  };
  search(0, 0, 0, []);
  if (!best) return undefined;
  return best.sizes.flatMap((size, i) => Array.from({ length: size }, () => labels[i]!.text));
}
