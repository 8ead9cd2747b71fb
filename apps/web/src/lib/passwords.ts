/** The API's minimum password length (SignUpInput, ResetPasswordInput, ChangePasswordInput), checked by the forms too. */
export const MIN_PASSWORD_LENGTH = 10;
