// The hidden frame of a silent renewal hands the provider's answer back to the page's client.
new oidc.UserManager({ authority: '', client_id: '', redirect_uri: '' }).signinSilentCallback();
