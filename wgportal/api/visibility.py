"""What a reader of the API may see: public() rows, or all of them with the view permission."""


def visible_to(user, model: type):
    """The rows of `model` `user` may read: all with its view permission, else public()."""
    opts = model._meta
    if user.is_authenticated and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        return model.objects.all()
    return model.objects.public()


class Visible:
    """Reads: what public() returns, or every row for users who may view the model (editors).

    Set `model`; `visible_queryset(queryset)` adds the view's select_related and ordering.
    """

    model: type

    def get_queryset(self):
        return self.visible_queryset(self.visible_rows(self.model))

    def visible_rows(self, model: type):
        """The rows of `model` the user may read: all with its view permission, else public()."""
        return visible_to(self.request.user, model)

    def visible_queryset(self, rows):
        return rows
