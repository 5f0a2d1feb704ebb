import { createRef } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { ErrorKind, Status, TotpSetup, TotpSetupParts, useTotpSetup, type TotpSetupClassNames } from '../../src/index.js';
import { expectNoAxeViolations, expectRenderError, readSecretFromScreen, totpCode } from './helpers.js';

describe('the unstyled parts', () => {
  it('name the root when a part is used outside it', () => {
    expectRenderError(<TotpSetupParts.CodeInput />, '<TotpSetupParts.CodeInput> must be used within <TotpSetupParts.Root> or <TotpSetupParts.Provider>');
  });

  it('compose into a custom layout around the headless hook', async () => {
    const adapter = createMemoryAdapter();
    const onVerified = vi.fn();
    function CustomLayout() {
      const setup = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana', onVerified, autoSubmit: false });
      return (
        <TotpSetupParts.Root setup={setup} className="my-card">
          {/* The form is labelled by the title: a layout keeps it, or labels the form itself. */}
          <TotpSetupParts.Title level={2} />
          <section aria-label="Step 1">
            <TotpSetupParts.QrCode size={128} />
            <TotpSetupParts.SecretKey />
          </section>
          <TotpSetupParts.Form>
            <TotpSetupParts.CodeLabel>Code from your app</TotpSetupParts.CodeLabel>
            <TotpSetupParts.CodeInput placeholder="000000" />
            <TotpSetupParts.CodeHint />
            <TotpSetupParts.ErrorMessage />
            <TotpSetupParts.Submit>Confirm</TotpSetupParts.Submit>
          </TotpSetupParts.Form>
          <TotpSetupParts.StatusMessage />
          <p>Status from the hook: {setup.status}</p>
        </TotpSetupParts.Root>
      );
    }
    const user = userEvent.setup();
    const { container } = render(<CustomLayout />);
    const qr = await screen.findByRole('img', { name: /QR code/ });
    expect(qr).toHaveAttribute('width', '128');
    expect(container.firstElementChild).toHaveClass('my-card');
    expect(container.firstElementChild).toHaveAttribute('data-part', 'root');
    expect(screen.getByText('Status from the hook: ready')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.type(screen.getByRole('textbox', { name: 'Code from your app' }), totpCode(readSecretFromScreen()));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(screen.getByText('Status from the hook: verified')).toBeInTheDocument();
  });

  it('carry data-part hooks and present-or-absent boolean flags', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <TotpSetupParts.Root adapter={createMemoryAdapter()} issuer="Acme" accountName="ana" autoSubmit={false}>
        <TotpSetupParts.Form>
          <TotpSetupParts.CodeLabel />
          <TotpSetupParts.CodeInput />
          <TotpSetupParts.Submit />
        </TotpSetupParts.Form>
      </TotpSetupParts.Root>,
    );
    const input = await screen.findByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'ready'));
    expect(input).toHaveAttribute('data-part', 'code-input');
    expect(input).not.toHaveAttribute('data-invalid');
    expect(input).not.toHaveAttribute('data-complete');
    await user.type(input, '123456');
    expect(input).toHaveAttribute('data-complete', '');
  });

  it('forward refs and take any prop of their element, with the app’s handlers first', async () => {
    const adapter = createMemoryAdapter();
    const verify = vi.spyOn(adapter, 'verifySoftwareToken');
    const input = createRef<HTMLInputElement>();
    const heading = createRef<HTMLHeadingElement>();
    const onKeyDown = vi.fn();
    const onChange = vi.fn();
    // The app keeps pasted text as it is; on submit it prevents the browser's navigation, by reflex.
    const onPaste = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const user = userEvent.setup();
    render(
      <TotpSetupParts.Root adapter={adapter} issuer="Acme" accountName="ana" autoSubmit={false} data-testid="enrollment">
        <TotpSetupParts.Title ref={heading} level={3} className="app-title" />
        <TotpSetupParts.Form onSubmit={onSubmit} aria-label="Enrollment">
          <TotpSetupParts.CodeLabel />
          <TotpSetupParts.CodeInput ref={input} className="app-code" onKeyDown={onKeyDown} onChange={onChange} onPaste={onPaste} data-app="yes" />
          <TotpSetupParts.Submit />
        </TotpSetupParts.Form>
      </TotpSetupParts.Root>,
    );
    const field = await screen.findByRole('textbox', { name: '6-digit code' });
    expect(input.current).toBe(field);
    expect(heading.current).toBe(screen.getByRole('heading', { level: 3 }));
    expect(heading.current).toHaveClass('app-title');
    expect(field).toHaveClass('app-code');
    expect(field).toHaveAttribute('data-app', 'yes');
    expect(field).toHaveAttribute('data-part', 'code-input');
    expect(screen.getByTestId('enrollment')).toHaveAttribute('data-part', 'root');

    await user.type(field, '12');
    expect(onKeyDown).toHaveBeenCalled();
    expect(onChange).toHaveBeenCalled();
    expect(field).toHaveValue('12');
    await user.paste('345678');
    // The app prevented the kit's paste handling, so the whole code did not replace what was typed.
    expect(onPaste).toHaveBeenCalledOnce();
    expect(field).toHaveValue('12');
    await user.type(field, '3456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).toHaveBeenCalledOnce();
    // Preventing a form's default stops navigation, not verification: the code goes out.
    expect(verify).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ userCode: '123456' }), expect.anything());
  });

  it('skip the kit’s handler when the app prevents it, and run it otherwise', async () => {
    const adapter = createMemoryAdapter();
    const user = userEvent.setup();
    let block = true;
    render(
      <TotpSetupParts.Root adapter={adapter} issuer="Acme" accountName="ana">
        <TotpSetupParts.Form>
          <TotpSetupParts.CodeLabel />
          <TotpSetupParts.CodeInput onChange={(event) => block && event.preventDefault()} />
        </TotpSetupParts.Form>
      </TotpSetupParts.Root>,
    );
    const field = await screen.findByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(field).not.toHaveAttribute('readonly'));
    await user.type(field, '1');
    expect(field).toHaveValue('');
    block = false;
    await user.type(field, '1');
    expect(field).toHaveValue('1');
  });

  it('export Status and ErrorKind as values, and take classes only for parts the wizard renders', () => {
    expect(Status.Verified).toBe('verified');
    expect(ErrorKind.WrongCode).toBe('wrong-code');
    const classNames: TotpSetupClassNames = { 'code-input': 'input', submit: 'button' };
    // @ts-expect-error the grouped key is styled through `secret-key`; no class goes to it alone
    const inner: TotpSetupClassNames = { 'secret-key-value': 'mono' };
    // @ts-expect-error not a part at all
    const typo: TotpSetupClassNames = { 'code-feild': 'input' };
    expect([classNames, inner, typo]).toHaveLength(3);
  });

  it('give the drop-in’s loading placeholders the classes of the parts they stand for, marked as placeholders', () => {
    const classNames: TotpSetupClassNames = { 'code-input': 'input', 'qr-code': 'qr', 'code-label': 'label' };
    const { container } = render(<TotpSetup adapter={createMemoryAdapter({ latency: Infinity })} issuer="Acme" accountName="ana" classNames={classNames} />);
    const box = container.querySelector('[data-part="code-input"]');
    expect(box).toHaveClass('input');
    expect(box).toHaveAttribute('data-placeholder');
    expect(container.querySelector('[data-part="qr-code"]')).toHaveClass('qr');
    expect(container.querySelector('[data-part="code-label"]')).toHaveClass('label');
    expect(container.querySelector('input[data-part="code-input"]')).toBeNull();
  });
});
