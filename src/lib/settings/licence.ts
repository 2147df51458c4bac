import { z } from 'zod';
import { msg } from '../core/problem.ts';

// The licence of the data the site publishes (issue 18, part 5): programs read it from every API response and
// from the data package, so it is an identifier a program knows (SPDX, which includes the Creative Commons and Open
// Data Commons licences), chosen by the publisher in data/site.yaml; the footer's `licence` sentence explains it to
// readers. Only open licences are offered: a statistics site whose data may not be reused defeats its purpose.

/** Licences a publisher may choose, by SPDX id, with their Chinese names and canonical addresses. */
export const DATA_LICENCES = {
  'CC-BY-4.0': {
    title: '知识共享 署名 4.0 国际许可协议（CC BY 4.0）',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC-BY-SA-4.0': {
    title: '知识共享 署名—相同方式共享 4.0 国际许可协议（CC BY-SA 4.0）',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': { title: '知识共享 CC0 1.0 公有领域贡献', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODC-By-1.0': {
    title: '开放数据共享署名许可协议（ODC-By 1.0）',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
  },
  'PDDL-1.0': {
    title: '开放数据共享公有领域贡献与许可协议（PDDL 1.0）',
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
  },
  'ODbL-1.0': { title: '开放数据库许可协议（ODbL 1.0）', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
} as const;

export type DataLicenceId = keyof typeof DATA_LICENCES;

const ids = Object.keys(DATA_LICENCES) as [DataLicenceId, ...DataLicenceId[]];

/** `dataLicence` in data/site.yaml. */
export const dataLicenceSchema = z.enum(ids, {
  error: () =>
    msg('不是本站支持的数据许可协议编号', `从这些编号中选一个：${ids.join('、')}（署名即可转载选 CC-BY-4.0）`),
});

/** The licence as APIs and the data package state it: SPDX id, title and address. */
export function licenceRecord(id: DataLicenceId): { id: DataLicenceId; title: string; url: string } {
  return { id, ...DATA_LICENCES[id] };
}
