# Sourced by the load scripts: signing in to Loa through its form, as a person does.
# Needs BASE (the app's address); PASSWORD defaults to the demo accounts' password.

# sign_in JAR USER: the login form's antiforgery token, then the post; the session cookie ends in the cookie jar JAR.
# Demo accounts sign in only with Demo:Enabled (the Development environment turns it on).
sign_in() {
  local jar=$1 user=$2 token code
  token=$(curl -sf -c "$jar" -b "$jar" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$BASE/account/login" \
    --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=${PASSWORD:-Loa-demo-2026}" --data-urlencode "__RequestVerificationToken=$token")
  if [[ "$code" != "302" ]] || ! grep -q loa.session "$jar"; then
    echo "Could not sign in as $user (HTTP $code): is Demo:Enabled on (Development environment) and the data generated?" >&2
    exit 1
  fi
}

# cookie_header JAR: the jar's cookies as one "Cookie: …" header, for tools that take headers (Loa.Load --header).
cookie_header() {
  echo -n "Cookie: "; sed "s/^#HttpOnly_//" "$1" | awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7}'; echo
}
