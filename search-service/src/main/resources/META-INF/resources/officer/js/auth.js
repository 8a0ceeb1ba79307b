// Signing in: with the council's identity provider (OpenID Connect, authorization code with PKCE, through the
// vendored oidc-client-ts), or, for developers only, with a pasted bearer token. The services verify every token;
// what the page shows of the caller comes from them (/api/web/me), not from reading the token here.

const PASTED_KEY = 'minutebook.token';
const RETURN_KEY = 'minutebook.return-to';
let manager = null;
let user = null;

function page() {
    return `${location.origin}/officer/`;
}

/** Sets up the provider's client and completes a sign-in that has just come back to the page. */
export async function initAuth(oidcConfig, onChange) {
    if (!oidcConfig) {
        return;
    }
    manager = new oidc.UserManager({
        authority: oidcConfig.authority,
        client_id: oidcConfig.clientId,
        scope: oidcConfig.scope,
        redirect_uri: page(),
        post_logout_redirect_uri: page(),
        silent_redirect_uri: `${location.origin}/officer/silent-renew.html`,
        response_type: 'code',
        // Renewed before it expires: with the refresh token where the provider gives one, else in a hidden frame.
        automaticSilentRenew: true,
        userStore: new oidc.WebStorageStateStore({ store: window.sessionStorage }),
    });
    manager.events.addUserLoaded(u => { user = u; onChange(); });
    manager.events.addUserUnloaded(() => { user = null; onChange(); });
    manager.events.addAccessTokenExpired(() => { user = null; onChange(); });
    const params = new URLSearchParams(location.search);
    if (params.has('state') && (params.has('code') || params.has('error'))) {
        try {
            user = await manager.signinRedirectCallback();
        } finally {
            // The code is spent: leave no trace of it in the address or the history.
            const back = sessionStorage.getItem(RETURN_KEY) || '#/outstanding';
            sessionStorage.removeItem(RETURN_KEY);
            history.replaceState(null, '', page() + back);
        }
    } else {
        user = await manager.getUser();
        if (user && user.expired) {
            user = null;
        }
    }
}

export function providerConfigured() {
    return manager !== null;
}

export function token() {
    if (user && !user.expired) {
        return user.access_token;
    }
    return sessionStorage.getItem(PASTED_KEY);
}

export async function signInWithProvider() {
    sessionStorage.setItem(RETURN_KEY, location.hash || '#/outstanding');
    await manager.signinRedirect();
}

export function signInWithToken(value) {
    sessionStorage.setItem(PASTED_KEY, value.trim());
}

export async function signOut() {
    sessionStorage.removeItem(PASTED_KEY);
    if (manager && user) {
        user = null;
        // Ends the session at the provider too, which then sends the browser back to the page.
        await manager.signoutRedirect();
        return true;
    }
    return false;
}
