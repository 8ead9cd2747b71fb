import { defineEnvVars } from "@sveltejs/kit/env";

// PORT and HOST are read by adapter-node's own server, not by the app: not declared here.
export const variables = defineEnvVars({
  API_URL: {
    description: "GraphQL endpoint of apps/api, reached from the web server only (never the browser).",
    schema: (value) => {
      const url = value || "http://localhost:4000/graphql";
      // Fail at startup with the variable's name rather than on the first page load.
      if (!URL.canParse(url)) throw new Error(`API_URL is not a URL: ${url}`);
      return url;
    },
  },
  PARTNER_API_URL: {
    description:
      "Public GraphQL endpoint partners call, shown on /mitra. Set it in production: unset, a development server shows API_URL but a built app shows a placeholder, since API_URL may be an internal address.",
    schema: (value) => {
      if (value && !URL.canParse(value)) throw new Error(`PARTNER_API_URL is not a URL: ${value}`);
      return value ?? "";
    },
  },
});
