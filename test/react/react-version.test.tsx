import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

// Each component-test project runs the React it names: 19 (dom) and 18 (dom-react18).
describe('the React under test', () => {
  it('is the version the project promises, for react and react-dom alike', () => {
    expect(reactVersion.split('.')[0]).toBe(process.env.EXPECTED_REACT_MAJOR);
    expect(reactDomVersion).toBe(reactVersion);
  });
});
