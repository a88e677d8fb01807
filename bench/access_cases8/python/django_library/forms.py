from django import forms

from .models import Loan, Member, ReadingList


class LoanNoteForm(forms.ModelForm):
    class Meta:
        model = Loan
        fields = ["note"]


class ReadingListForm(forms.ModelForm):
    class Meta:
        model = ReadingList
        fields = ("name", "books", "public")


class MemberProfileForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = "__all__"
        widgets = {"password": forms.HiddenInput()}


class MemberSignupForm(forms.ModelForm):
    password = forms.CharField(widget=forms.PasswordInput)

    class Meta:
        model = Member
        fields = ["username", "email", "card_number", "phone"]

    def save(self, commit=True):
        member = super().save(commit=False)
        member.set_password(self.cleaned_data["password"])
        if commit:
            member.save()
        return member
