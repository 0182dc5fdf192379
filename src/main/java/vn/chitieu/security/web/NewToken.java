package vn.chitieu.security.web;

/** The one field a person fills in to create an API token: a name to recognise it by ("báo cáo tỉnh"). */
record NewToken(String name) {

    static NewToken empty() {
        return new NewToken("");
    }
}
