import { z } from 'zod';
import {
  describeCodePoint,
  describeHits,
  findInvisible,
  firstBlankLooking,
  invisibleFix,
  onlyInvisible,
} from './invisible.ts';
import { msg } from './problem.ts';

/**
 * Rejects control, bidirectional and zero-width characters (see invisible.ts) in a text field, naming the
 * character and its position; a value made only of them is reported as empty. The issue aborts the field's
 * later checks, so a bad id is not also reported as badly formed.
 */
export function rejectInvisible(value: string, ctx: z.RefinementCtx): void {
  const hits = findInvisible(value);
  const first = hits[0];
  // A value of blank braille cells (U+2800) has no hit but is as empty as one of zero-width spaces.
  const blank = onlyInvisible(value) ? firstBlankLooking(value) : undefined;
  if (!first && blank === undefined) return;
  const message =
    blank !== undefined
      ? msg(
          `只有看不见的字符 ${describeCodePoint(first?.codePoint ?? blank)}，没有文字`,
          '删除这些字符，重新填写这一项的内容',
        )
      : msg(`含有看不见的字符：${describeHits(hits)}`, invisibleFix(first?.kind ?? 'zero-width'));
  ctx.addIssue({ code: 'custom', message, input: value, continue: false });
}

/** A string with no invisible characters: the base of every text field of every schema. */
export const plainString = () => z.string().superRefine(rejectInvisible);

/** Pattern for ids (file names, organisation ids): lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id as used in file names and references: `lishui`, `ruian`, `xx-district`. */
export const idSchema = plainString().regex(
  ID_PATTERN,
  msg('编号只能用小写英文字母、数字和短横线', '例如 lishui 或 shangyu-district；不要用空格、中文或大写字母'),
);

/** A calendar year between 1949 and 2100. */
export const yearSchema = z
  .number(msg('年份应为四位数字', '写成 2023 这样的数字，不要加“年”字或引号'))
  .int(msg('年份应为整数', '写成 2023 这样的四位数字'))
  .min(1949, msg('年份早于 1949 年', '检查年份是否写错'))
  .max(2100, msg('年份晚于 2100 年', '检查年份是否写错'));

/** True when `s` is a real calendar date in `YYYY-MM-DD` form. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A date written `YYYY-MM-DD`. YAML readers differ (some give a Date, some a string), so both are accepted and
 * the result is always the `YYYY-MM-DD` string.
 */
export const isoDateSchema = z
  .union([z.string(), z.date()], msg('日期格式不对', '写成 2024-01-31 这样的“年-月-日”'))
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .refine(isRealDate, msg('不是真实存在的日期，或格式不是“年-月-日”', '写成 2024-01-31 这样的格式，并检查月份和日期'));

/** Non-empty trimmed text without invisible characters: titles, names and every other text field. */
export const textSchema = plainString().trim().min(1);

/**
 * 页面历史: the changes a reader should know about, written for readers (GOV.UK style). A major change gets a note
 * and a new date here; a minor one (a typo, a layout fix) is not listed and changes nothing visible. Pages show
 * these notes, never commit messages.
 */
export const changesSchema = z
  .array(
    z
      .object({
        /** The day the change was published. */
        date: isoDateSchema,
        /** What changed, in one plain sentence for readers, e.g. 补充了网上办理渠道. */
        note: plainString()
          .trim()
          .min(1, msg('更新说明是空的', '在 note 中用一句话告诉读者改了什么，如 note: 补充了网上办理渠道')),
      })
      .strict(),
    msg('changes 应为列表', '每次重要更新写一项，以“- date:”开头，下一行写 note: 改了什么'),
  )
  .default([]);

/** The newest change date, or undefined when there are none (dates are `YYYY-MM-DD`, so they sort as text). */
export function latestChange(changes: readonly { date: string }[]): string | undefined {
  return changes
    .map((c) => c.date)
    .sort()
    .at(-1);
}

/**
 * A declaration that is either written as `true` or left out (`canBeNegative`, `canExceed100`): `when` says in
 * the fix when to write it, e.g. “指标是增减数”.
 */
export function trueOnly(field: string, when: string) {
  return z.literal(true, msg(`${field} 只能写 true`, `${when}时写 ${field}: true；不是就删除这一行`)).optional();
}

/**
 * A git-host account or group as CODEOWNERS names it: `@huzhou-canlian`, or a team or (GitLab) subgroup
 * `@org/team`, `@group/sub/team`. Letters, digits, `_`, `.` and `-`, starting and ending with a letter or digit;
 * the same spelling works on GitHub, GitLab and Gitea.
 */
export const ACCOUNT_PATTERN =
  /^@[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,98}[A-Za-z0-9])?(?:\/[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,98}[A-Za-z0-9])?)*$/;

/** One account name; `field` is the list's name in the fix, e.g. maintainers. */
export const accountSchema = plainString()
  .trim()
  .regex(
    ACCOUNT_PATTERN,
    msg(
      '维护人账号写法不对',
      '写代码托管平台（GitHub、GitLab、Gitea）上的用户名或团队名，以 @ 开头，如 @huzhou-canlian 或 @canlian/huzhou；不要写中文姓名、邮箱或空格',
    ),
  );

/**
 * Who maintains a file (`maintainers` of an organisation or of the site): a non-empty list of account names,
 * each once. `npm run codeowners` writes them into CODEOWNERS and `npm run check -- --changes-for` names them.
 */
export const maintainersSchema = z
  .array(
    accountSchema,
    msg('maintainers 应为列表', '每个维护人写一行，以“- ”开头，如 - "@huzhou-canlian"（@ 开头的名字要加引号）'),
  )
  .min(1, msg('维护人列表是空的', '至少写一个维护人账号，如 - "@huzhou-canlian"；还不知道就删掉 maintainers 这一项'))
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((name, i) => {
      if (seen.has(name.toLowerCase()))
        ctx.addIssue({
          code: 'custom',
          path: [i],
          input: name,
          message: msg(`维护人 ${name} 写了两次`, '删掉重复的这一行（账号名不分大小写）'),
        });
      seen.add(name.toLowerCase());
    });
  });
