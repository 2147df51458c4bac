import { z } from 'zod';
import { msg } from './problem.ts';
import { plainString } from './schema-common.ts';

// Contact fields that guides and organisations share: a phone number and office hours. Both are only ever
// published with a source; these rules only say whether what was written can be a phone number or hours at all.

/** 区号-号码 (0578-1234567) or a five- or six-digit service line (12385). */
export const PHONE_PATTERN = /^(\d{3,4}-\d{7,8}|\d{5,6})$/;

/** A phone number as written on pages and dialled from `tel:` links. */
export const phoneSchema = plainString()
  .trim()
  .regex(
    PHONE_PATTERN,
    msg(
      '电话号码格式不对',
      '写成“区号-号码”，如 0578-1234567，或五六位服务热线号码；数字和短横线用半角（英文输入法），不加括号和空格',
    ),
  );

const HOURS_EXAMPLE = '周一至周五 8:30-12:00，14:00-17:30';
// A clock time, with an ASCII or full-width colon (Chinese input methods give either).
const TIME = /(\d{1,2})[:：](\d{2})/g;
const RANGE = /(\d{1,2})[:：](\d{2})\s*[-–—~～至到]\s*(\d{1,2})[:：](\d{2})/g;

/** What is wrong with office hours as written, or undefined when they read as real times of day. */
export function hoursProblem(value: string): { problem: string; fix: string } | undefined {
  const times = [...value.matchAll(TIME)];
  if (times.length === 0)
    return {
      problem: '办公时间没有写具体时刻',
      fix: `照来源写成“${HOURS_EXAMPLE}”这样，时刻用“时:分”；来源没有写明就删掉这一项`,
    };
  for (const t of times) {
    const h = Number(t[1]);
    const m = Number(t[2]);
    if (h > 24 || m > 59 || (h === 24 && m > 0))
      return {
        problem: `时刻“${t[0]}”不存在`,
        fix: `时刻用 24 小时制，小时在 0 到 24 之间，分钟在 00 到 59 之间，如 ${HOURS_EXAMPLE}`,
      };
  }
  const ranges = [...value.matchAll(RANGE)];
  if (ranges.length === 0)
    return {
      problem: '办公时间没有写成“开始-结束”的时间段',
      fix: `写成“${HOURS_EXAMPLE}”这样，每段写开始和结束时刻`,
    };
  for (const r of ranges) {
    const start = Number(r[1]) * 60 + Number(r[2]);
    const end = Number(r[3]) * 60 + Number(r[4]);
    if (end <= start)
      return {
        problem: `时间段“${r[0]}”的结束时刻不晚于开始时刻`,
        fix: `检查是否写反或把下午写成了 12 小时制；下午的时刻写成 14:00、17:30 这样，如 ${HOURS_EXAMPLE}`,
      };
  }
  return undefined;
}

/** Office hours (办公时间) as the source states them, with real times of day in `开始-结束` ranges. */
export const hoursSchema = plainString()
  .trim()
  .superRefine((v, ctx) => {
    const p = hoursProblem(v);
    if (p) ctx.addIssue({ code: 'custom', message: msg(p.problem, p.fix) });
  });
