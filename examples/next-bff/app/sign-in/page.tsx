import { SignInForm } from './sign-in-form';

export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm />
    </>
  );
}
