package com.pulumi.wellarchitected.emulator.routes;

/** The service operations the emulator serves, each with its restJson1 method and URI template from the model. */
public enum Operation {
    CREATE_LENS_SHARE("CreateLensShare", "POST", "/lenses/{LensAlias}/shares"),
    DELETE_LENS_SHARE("DeleteLensShare", "DELETE", "/lenses/{LensAlias}/shares/{ShareId}"),
    LIST_LENS_SHARES("ListLensShares", "GET", "/lenses/{LensAlias}/shares"),
    IMPORT_LENS("ImportLens", "PUT", "/importLens"),
    CREATE_LENS_VERSION("CreateLensVersion", "POST", "/lenses/{LensAlias}/versions"),
    GET_LENS("GetLens", "GET", "/lenses/{LensAlias}"),
    LIST_LENSES("ListLenses", "GET", "/lenses"),
    DELETE_LENS("DeleteLens", "DELETE", "/lenses/{LensAlias}"),
    LIST_SHARE_INVITATIONS("ListShareInvitations", "GET", "/shareInvitations"),
    UPDATE_SHARE_INVITATION("UpdateShareInvitation", "PATCH", "/shareInvitations/{ShareInvitationId}"),
    GET_GLOBAL_SETTINGS("GetGlobalSettings", "GET", "/global-settings"),
    UPDATE_GLOBAL_SETTINGS("UpdateGlobalSettings", "PATCH", "/global-settings"),
    TAG_RESOURCE("TagResource", "POST", "/tags/{WorkloadArn}"),
    UNTAG_RESOURCE("UntagResource", "DELETE", "/tags/{WorkloadArn}"),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource", "GET", "/tags/{WorkloadArn}");

    /** The name metrics and fault rules use for a request that matches no operation. */
    public static final String UNKNOWN = "UnknownOperation";

    private final String awsName;
    private final String method;
    private final String uri;

    Operation(String awsName, String method, String uri) {
        this.awsName = awsName;
        this.method = method;
        this.uri = uri;
    }

    /** The operation's name in the service model, e.g. {@code CreateLensShare}. */
    public String awsName() {
        return awsName;
    }

    String method() {
        return method;
    }

    /** The URI template, e.g. {@code /lenses/{LensAlias}/shares}. */
    String uri() {
        return uri;
    }

    public static boolean isKnownName(String name) {
        for (Operation operation : values()) {
            if (operation.awsName.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
