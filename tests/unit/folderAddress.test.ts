import { describe, expect, it } from 'vitest';
import { folderAddress } from '../../src/lib/i18n/folderAddress.ts';

describe('folderAddress', () => {
  it.each([
    ['/uk', '/uk/'],
    ['/az', '/az/'],
    ['/graphics/aid/uk', '/graphics/aid/uk/'],
  ])('gives %s its slash: %s', (pathname, wanted) => {
    expect(folderAddress(pathname)).toBe(wanted);
  });

  it.each([
    '/',
    '/uk/',
    '/index.html',
    '/uk/index.html',
    '/uk/index',
    '/uk/s/july-2023-order.html',
  ])('leaves %s as it is', (pathname) => {
    expect(folderAddress(pathname)).toBeNull();
  });
});
