from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin


class CommitteeRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Committee members only: the flag lives on the stored Plotholder row."""

    def test_func(self) -> bool:
        holder = getattr(self.request.user, "plotholder", None)
        return bool(holder and holder.is_committee)
