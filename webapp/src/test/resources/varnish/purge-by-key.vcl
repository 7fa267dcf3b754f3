vcl 4.1;
# Varnish in front of the host, purging by the surrogate keys the host puts on every cacheable response
# (Surrogate-Key, space separated) with the xkey vmod (Debian's varnish-modules). The host sends one
# PURGE per publish with the keys in xkey-purge (--purge-urls). Start varnishd with larger header limits:
# a sitemap can name hundreds of items (-p http_resp_hdr_len=65536 -p http_resp_size=131072).
# VarnishPurgeIT fills in the backend's port.

import xkey;

backend host {
    .host = "127.0.0.1";
    .port = "@BACKEND_PORT@";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
}

sub vcl_backend_response {
    # xkey indexes the keys of the xkey header.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "HIT";
    } else {
        set resp.http.X-Varnish-Cache = "MISS";
    }
    unset resp.http.xkey;
}
