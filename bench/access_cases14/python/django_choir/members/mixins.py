from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin


class SectionLeaderRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Section leaders manage the register and the seating of their own section."""

    def test_func(self):
        member = getattr(self.request.user, "member", None)
        return bool(
            member
            and member.is_section_leader
            and member.section.slug == self.kwargs.get("section")
        )


class MemberRequiredMixin(LoginRequiredMixin):
    def get_member(self):
        return self.request.user.member
