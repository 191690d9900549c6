import { expect, Page, TestInfo } from '@playwright/test';
import * as zlib from 'node:zlib';

export const DEMO_PASSWORD = 'comity-demo-2026';

/** Every demo account with the name the header shows (README lists the same). */
export const DEMO_ACCOUNTS: [string, string][] = [
  ['admin@comity.example', 'Nadia Haddad'],
  ['arso.admin@comity.example', 'Joseph Mwangi'],
  ['manager@comity.example', 'Salma Bennani'],
  ['chair@comity.example', 'Youssef El Amrani'],
  ['convenor@comity.example', 'Grace Achieng'],
  ['officer.kebs@comity.example', 'Peter Otieno'],
  ['delegate.kebs@comity.example', 'Wanjiru Kamau'],
  ['officer.tse@comity.example', 'Ayşe Yılmaz'],
  ['observer@comity.example', 'Fatou Ndiaye'],
  ['delegate.eos@comity.example', 'Mona Farouk'],
  ['observer.tc71@comity.example', 'Kwame Mensah'],
  ['officer.imanor@comity.example', 'Khadija Benali'],
  ['officer.son@comity.example', 'Chinedu Okafor'],
  ['officer.eos@comity.example', 'Ahmed Mansour'],
  ['officer.asn@comity.example', 'Aminata Diallo'],
];

/** Errors the browser logged on each page (hydration mismatches, panics in the WASM). */
const browserErrors = new WeakMap<Page, string[]>();

function watchErrors(page: Page): string[] {
  let errors = browserErrors.get(page);
  if (!errors) {
    const list: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') list.push(m.text()); });
    page.on('pageerror', (e) => list.push(String(e)));
    browserErrors.set(page, list);
    errors = list;
  }
  return errors;
}

/** Opens a page; with JavaScript on, waits until the WASM has hydrated it, and fails if the
 * browser logged an error on the way (a hydration mismatch shows the wrong page). */
export async function open(page: Page, path: string, info: TestInfo) {
  const errors = watchErrors(page);
  errors.length = 0;
  await page.goto(path);
  if (info.project.name === 'js') {
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(errors, `browser errors on ${path}`).toEqual([]);
  }
}

/** Signs in through the form on /login. */
export async function signIn(page: Page, info: TestInfo, email: string, password = DEMO_PASSWORD) {
  await open(page, '/login', info);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs out whoever is signed in (by forgetting the session cookie) and signs in as `email`. */
export async function switchTo(page: Page, info: TestInfo, email: string) {
  await page.context().clearCookies();
  await signIn(page, info, email);
}

/** A one-page PDF whose text is `text` (ASCII), with a correct cross-reference table. */
export function pdfWithText(text: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** One file of a ZIP archive (an XLSX is one), read through the central directory. */
export function unzipEntry(zip: Buffer, name: string): string {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP archive');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the archive`);
}

/** A ZIP archive of the given files, stored uncompressed. */
export function zipOf(files: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-sheet XLSX workbook holding `rows` as text, as a spreadsheet saves it. */
export function xlsxOf(rows: string[][]): Buffer {
  const column = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((row, r) => `<row r="${r + 1}">${row
      .map((value, c) => value === '' ? '' : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`)
      .join('')}</row>`)
    .join('');
  return zipOf([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ['xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Comments" sheetId="1" r:id="rId1"/></sheets></workbook>'],
    ['xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
    ['xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`],
  ]);
}
